# format-spec corners: fill/align, sign, #, grouping, %, e/g, precision on strings
n = 1234567.891
print(f'[{n:,}] [{n:_.2f}] [{n:>20,.1f}] [{n:<15.3e}] [{n:^+14.2f}]')
print(f'[{-42:=+8}] [{42:08d}] [{-42:08d}] [{42:+d}] [{42: d}] [{-42: d}]')
print(f'[{255:#x}] [{255:#X}] [{255:#o}] [{255:#b}] [{255:#010x}] [{5:#b}]')
print(f'[{1234567:_x}] [{1234567:,d}] [{1234567:_b}] [{0:,}]')
print(f'[{0.25:%}] [{0.25:.0%}] [{1/3:.2%}] [{-0.5:+.1%}]')
print(f'[{1e-5:g}] [{1e16:g}] [{123456789:g}] [{0.0001:g}] [{1.5e300:G}] [{100.0:g}]')
print(f'[{12345.678:.3g}] [{0.000012345:.3g}] [{1.0:#g}] [{1.0:.0e}] [{2.5:.0f}] [{3.5:.0f}]')
print(f'[{"abc":*^9}] [{"abc":>6.2}] [{"abcdef":.3}] [{"x":-<4}] [{"":>3}]')
print(f'[{True:>6}] [{True:d}] [{None!s:>5}] [{None!r:^8}]')
print(f'[{float("inf"):+}] [{float("-inf"):10}] [{float("nan"):>6}] [{-0.0}] [{-0.0:+.1f}]')
print(format(3.14159, '.2f'), format(42, 'x'), format('s', '>3'), format(7))
w, p = 10, 3
print(f'[{n:{w}.{p}f}] [{"mid":^{w}}] [{42:0{w}}]')
print('{:,.2f} {:>{}} {!r:>6}'.format(9876.5, 'r', 4, 'q'))
for bad in ['{:,s}', '{:=s}', '{:+s}', '{:.2d}', '{:#s}']:
    try:
        print(bad.format('x' if 's' in bad else 5))
    except ValueError as e:
        print('ValueError', e)
print(f'{12:_^+9.1f}|{-7:0=6}|{65:c}|{3.0:n}')
print(f'{"x":z}')
