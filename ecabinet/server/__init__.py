"""The eCabinet server: FastAPI over SQLAlchemy, SQLite and a folder by default, PostgreSQL when it grows."""
