"""Users, global roles, devices, tokens and sign-in throttling."""
