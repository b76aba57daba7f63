"""Between meetings (issue 16): written consultations with signed answers, the notification centre, and the
follow-up of decisions as tasks. Read from the offline store the sync fills (feed kinds ``consultation``,
``notification`` and ``task``), refreshed from the server when online; answers travel through the outbox."""
