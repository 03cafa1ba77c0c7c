class ConfigError(Exception):
    pass
class MissingKey(ConfigError):
    def __init__(self, key):
        super().__init__(f"missing key: {key}")
raise MissingKey("port")
