"""The parts of sys that are Python objects (sys.implementation, sys.flags, ...), made on first use."""

import sys


class SimpleNamespace:
    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"


implementation = SimpleNamespace(
    name="pypy-ts",
    cache_tag=None,
    version=sys.version_info,
    hexversion=sys.hexversion,
    _multiarch="x86_64-linux-gnu",
)

flags = SimpleNamespace(
    debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=1, no_user_site=0,
    no_site=0, ignore_environment=0, verbose=0, bytes_warning=0, quiet=0, hash_randomization=1,
    isolated=0, dev_mode=False, utf8_mode=1, warn_default_encoding=0, safe_path=False,
    int_max_str_digits=-1,
)

float_info = SimpleNamespace(
    max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308,
    min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16,
    radix=2, rounds=1,
)

int_info = SimpleNamespace(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300,
                           str_digits_check_threshold=640)

hash_info = SimpleNamespace(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003,
                            algorithm="siphash13", hash_bits=64, seed_bits=128, cutoff=0)

thread_info = SimpleNamespace(name="pthread", lock="semaphore", version=None)
