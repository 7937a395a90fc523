symlink b.toml
