"""The `jianbao` command line: one click group above the library (`search`) and the web app (`webapp`)."""
