symlink a.toml
