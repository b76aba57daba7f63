"""The secretariat workspace: prepare meetings, agendas, documents and participants."""
