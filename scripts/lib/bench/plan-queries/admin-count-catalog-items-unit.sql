select count(*) from "_catalog_items_v" where ("_catalog_items_v"."latest" = $1 and "_catalog_items_v"."version_unit_id" = $2)
