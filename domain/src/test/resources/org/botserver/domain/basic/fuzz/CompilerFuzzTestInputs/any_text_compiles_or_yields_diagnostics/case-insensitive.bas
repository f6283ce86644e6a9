Name = "Ana"
if name = "Ana" then
  talk NAME
end if
