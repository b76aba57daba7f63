"""Minutes of a meeting: the draft from the record, the PDF with signature fields, signed versions (issue 15)."""
