cat <<EOF2 > config.yml
title: $TITLE
path: \$HOME
EOF2
cat <<-'RAW'
	no $expansion here
	RAW
python3 - <<PY
print("hi")
PY
echo done \
  --continued
