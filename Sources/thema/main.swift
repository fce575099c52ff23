import ThemaCLI

Thema.main()
