"""Notifications: in the app (the change feed), by e-mail (SMTP) and SMS, and the reminder jobs behind them."""
