"""The Qt user interface: thin widgets over models that call services."""
