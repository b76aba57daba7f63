"""Decision follow-up: tasks made from adopted decisions, with assignees, deadlines, notes and documents."""
