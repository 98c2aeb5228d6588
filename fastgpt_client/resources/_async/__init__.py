"""The async area classes: the one hand-written definition of every endpoint method."""
