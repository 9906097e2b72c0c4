select count(*) from "_implementations_v" where "_implementations_v"."latest" = $1
