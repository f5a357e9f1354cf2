"""Mailbox sources: where messages come from (Maildir, IMAP, Exchange, Microsoft Graph)."""
