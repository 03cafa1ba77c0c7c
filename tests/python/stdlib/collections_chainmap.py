# collections.ChainMap: layered lookups (defaults under user settings), new_child, parents
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
settings = ChainMap(cli, env, defaults)
print(settings['color'], settings['user'], settings['debug'], len(settings), sorted(settings))
child = settings.new_child({'color': 'blue'})
print(child['color'], child.parents['color'], child.maps[0])
child['size'] = 10
print(child.maps[0], 'size' in settings, settings.get('size', 'n/a'))
try:
    del settings['color']
except KeyError as e:
    print('KeyError', e)
