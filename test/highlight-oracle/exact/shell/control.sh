for f in *.md; do
  if [ -f "$f" ] && [[ "$f" != draft-* ]]; then
    echo "post: ${f%.md}"
  elif test -d "$f"; then
    continue
  else
    echo "other" >&2
  fi
done
while read -r line; do
  count=$((count + 1))
  echo "$count: $line"
done < input.txt
case "$1" in
  start|run)
    echo starting ;;
  stop)
    kill -9 "$(cat pid)" ;;
  *)
    echo "usage: $0 {start|stop}" ;;
esac
function greet() {
  local name=${1:-world}
  echo "hi ${name} (${#name} letters)"
  return 0
}
greet "$@"
result=`uname -a`
x=$(( 2 ** 10 + 0x1f ))
until false; do break; done
