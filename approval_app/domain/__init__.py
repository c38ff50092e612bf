"""Pure rules of the workstation: no Qt, no SQL, no I/O."""
