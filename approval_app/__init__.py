"""The approval workstation of a city administrative approval bureau (一枚印章管审批)."""

__version__ = "0.1.0"
