"""`python -m ccpcj_kg` runs the same command group as the `ccpcj-kg` script."""

from ccpcj_kg.cli import main

if __name__ == "__main__":
    main()
