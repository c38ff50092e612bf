"""Documents the bureau issues: notices (DOCX), permits (PDF), signatures."""
