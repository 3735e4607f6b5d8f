// 8-bit counter with synchronous reset and enable
`timescale 1ns / 1ps
`define WIDTH 8

module counter #(
    parameter integer MAX = 8'd200
) (
    input  wire              clk,
    input  wire              rst_n,
    input  wire              en,
    output reg  [`WIDTH-1:0] count,
    output wire              wrap
);

  /* wrap goes high for one cycle when the counter rolls over */
  assign wrap = en && (count == MAX);

  always @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      count <= {`WIDTH{1'b0}};
    end else if (en) begin
      if (count == MAX)
        count <= 0;
      else
        count <= count + 1'b1;
    end
  end

endmodule

module counter_tb;
  reg clk = 0, rst_n = 0, en = 1;
  wire [7:0] count;
  wire wrap;

  counter #(.MAX(8'hC8)) dut (.clk(clk), .rst_n(rst_n), .en(en), .count(count), .wrap(wrap));

  always #5 clk = ~clk;

  initial begin
    $dumpfile("counter.vcd");
    $dumpvars(0, counter_tb);
    #12 rst_n = 1;
    repeat (250) @(posedge clk);
    $display("count = %d, wrap = %b", count, wrap);
    $finish;
  end
endmodule
