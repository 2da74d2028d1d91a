"""The built-in checks, one YAML file each. Shipped as data inside the package."""
