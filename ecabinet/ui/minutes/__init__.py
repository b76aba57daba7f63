"""The minutes in the app: the secretary's draft, approvals, finalising, and signing in order."""
