' expect error: 9:11: Expect OF after ON INSERT.
' expect error: 10:14: Expect a table name in quotes after ON UPDATE OF.
' expect error: 11:4: Expect ERROR, INSERT OF, UPDATE OF or DELETE OF after ON.
' expect error: 13:3: ON DELETE OF belongs at the top of the file.
' expect error: 16:1: ON INSERT OF "items" is declared twice.
' expect error: 17:1: "every fortnight" is not a schedule this server understands: use five cron fields such as "0 9 * * 1" or a phrase such as "every 15 minutes", "every hour", "every day at 9:00", "every weekday at 8:30" or "every monday at 9".
' expect error: 18:1: "61 * * * *" is not a valid cron schedule: the minute field "61" has 61, outside 0-59.
' expect error: 19:1: "every day at 25:00" has a time outside 0:00-23:59.
ON INSERT "orders"
ON UPDATE OF orders
ON CHANGE OF "orders"
IF 1 = 1 THEN
  ON DELETE OF "orders"
END IF
ON INSERT OF "items"
ON INSERT OF "Items.csv"
SET SCHEDULE "every fortnight"
SET SCHEDULE "61 * * * *"
SET SCHEDULE "every day at 25:00"
