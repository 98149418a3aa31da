class InputError(ValueError):
    """Input warscope refuses, with a one-line reason meant for the user."""
