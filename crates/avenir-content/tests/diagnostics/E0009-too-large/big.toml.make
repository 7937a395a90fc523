repeat 140000 # A comment of thirty characters.
