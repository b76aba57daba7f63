"""PDF work shared by server and client: inspection, rendering, demo documents (no Qt)."""
