"""The HTTP API and the web UI it serves."""

from warscope.api.app import create_app, is_local_host

__all__ = ["create_app", "is_local_host"]
