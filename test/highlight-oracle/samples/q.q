/ Trades analytics for the tutorial
trade:([] time:09:30:00.000+til 10; sym:10#`AAPL`MSFT; price:100.5+til 10; size:100*1+til 10)

/ volume-weighted average price by symbol
vwap:select vwap:size wavg price, total:sum size by sym from trade

/ a function with two arguments
spread:{[bid;ask] (ask-bid)%0.5*ask+bid}
spread[99.5;100.5]

/ bars of five minutes
bars:select open:first price, high:max price, low:min price, close:last price by sym, 5 xbar time.minute from trade

\
a multi-line comment
until the end
/

show count trade
update notional:price*size from `trade
-1 "done: ", string .z.p;
f:{$[x>0;"pos";x<0;"neg";"zero"]}
f each -1 0 1
1b
0x2a
2023.03.14
