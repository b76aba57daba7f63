"""Meetings, participants, agenda items and positions."""
