# __name__ is "__main__" only for the program itself
import support.simple


def main():
    print("main runs;", __name__, support.simple.__name__)


if __name__ == "__main__":
    main()
