' USE WEBSITE yields the site's address, and the REFRESH period when given; its value is the collection's name.
' reply: docs_example_com
' reply: docs_example_com
' expect: <USE WEBSITE https://docs.example.com>
' expect: <USE WEBSITE https://docs.example.com | 1w>
' expect: docs_example_com
USE WEBSITE "https://docs.example.com"
site = USE WEBSITE "https://docs.example.com" REFRESH "1w"
TALK site
