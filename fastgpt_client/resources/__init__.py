"""Every endpoint method, one class per API area: `_async` is the source, `_sync` is generated from it."""
