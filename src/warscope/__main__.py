from warscope.cli import main

main()
