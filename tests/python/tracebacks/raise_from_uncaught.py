# an uncaught `raise ... from ...`: the cause's traceback prints first
class ConfigError(Exception):
    pass


def read_port(cfg):
    try:
        return int(cfg['port'])
    except (KeyError, ValueError) as e:
        raise ConfigError(f'invalid port in {cfg!r}') from e


print(read_port({'port': '80'}))
read_port({'port': 'eighty'})
