"""Real-time hints to clients over Server-Sent Events; the change feed stays the truth."""
