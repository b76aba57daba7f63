"""The live session: events from the server, the session state, voting and the chair's controls."""
