"""Senders: how outbound mail leaves (SMTP, Exchange, Graph, a folder for the embedded default)."""
