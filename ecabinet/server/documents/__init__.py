"""Documents, their immutable versions, named readers, storage and downloads."""
