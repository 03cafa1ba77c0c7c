# json.loads accepts UTF-8 bytes and bytearray
import json

print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b'[1, "\xc3\xa9"]')), json.loads('"x"'.encode()))
try:
    json.loads(b'\xef\xbb\xbf[]'.decode('utf-8'))
except json.JSONDecodeError as e:
    print(e)
