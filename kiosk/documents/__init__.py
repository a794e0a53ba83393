"""Documents a person brings in (downloads, USB sticks): checking what they really are."""
