select count(*) from "_implementations_v" where ("_implementations_v"."latest" = $1 and "_implementations_v"."version_unit_id" = $2)
