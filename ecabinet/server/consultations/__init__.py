"""Written consultations between meetings (opinion forms): questions, documents, signed answers, results."""
