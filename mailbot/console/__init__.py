"""The exceptions console: business support reviews and releases what mailbot could not decide."""
